//! Known answers from CPython 3.11 (`hashlib`), for every algorithm and input shape.

use super::*;

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The empty input, one short block and many blocks plus a tail, fed in uneven pieces.
fn inputs() -> [Vec<u8>; 3] {
    let mut long: Vec<u8> = (0..=255u8).cycle().take(256 * 5).collect();
    long.extend_from_slice(b"xxx");
    [Vec::new(), b"abc".to_vec(), long]
}

#[test]
fn digests_match_cpython() {
    let cases: &[(Algorithm, [&str; 3])] = &[
        (Algorithm::Md5, ["d41d8cd98f00b204e9800998ecf8427e", "900150983cd24fb0d6963f7d28e17f72", "138c16ad5d43e6e86d6dd5f26dc64264"]),
        (Algorithm::Sha1, ["da39a3ee5e6b4b0d3255bfef95601890afd80709", "a9993e364706816aba3e25717850c26c9cd0d89d", "7b80aea99dc0057163f44dd0da8ff0afe79541bb"]),
        (Algorithm::Sha224, ["d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7", "a55f3729041ca998144ac7317fd7690a46067bab934c3ab24ac304b9"]),
        (Algorithm::Sha256, ["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "acf418afd69ceae8aaf7355ffbf188d471e8c64e496cec951cdf64103691ffe5"]),
        (Algorithm::Sha384, ["38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7", "2b7ddc519d59bfb11dbf56c477ff582f43536ad7418f212876578397745ee266a0820ac57961fed31f23741ccdc1e183"]),
        (Algorithm::Sha512, ["cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f", "ac5bb775c1cc12b7f349eada05807b794212e7f30c7492c97c12a582544d4f8baae644af2763d9e35ab074cf4ae5baca0950c594bc25b75db9bb94ef5dbd5562"]),
        (Algorithm::Sha512_224, ["6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4", "4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa", "e2cd71c8038385285f02d2e66934f65bf58297660ebff75d905ec540"]),
        (Algorithm::Sha512_256, ["c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a", "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23", "07fa0fab57b6e7bfc3cd8e7f35cb856ab82a65cea1c43168ef714046ddc4fd27"]),
        (Algorithm::Sha3_224, ["6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7", "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf", "f1c66973d2a8c03660511a1204a76f6fa4dcaabb9220cce5380fd45b"]),
        (Algorithm::Sha3_256, ["a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a", "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532", "76bbbc8ab9dcc88660e0ba4959c336f22a0b255a9ec40f916b34dcf29ebc6756"]),
        (Algorithm::Sha3_384, ["0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004", "ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25", "a221ca73cbe9c561aa75cccbe18580a3d6d699adcd33c9d9b06dd362ca63bb38d04ccb61eb688f1c22ab8ac1ee6f85b9"]),
        (Algorithm::Sha3_512, ["a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26", "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0", "18bc1e5fe330d9f2da230f209e6970deb2e8aa45d77c98c7eef509423230eab652b13afa29ea0f462b9c946303af2de95883b9650d9d2f83ec3aaf73c85c92fc"]),
        (Algorithm::Md5Sha1, ["d41d8cd98f00b204e9800998ecf8427eda39a3ee5e6b4b0d3255bfef95601890afd80709", "900150983cd24fb0d6963f7d28e17f72a9993e364706816aba3e25717850c26c9cd0d89d", "138c16ad5d43e6e86d6dd5f26dc642647b80aea99dc0057163f44dd0da8ff0afe79541bb"]),
        (Algorithm::Blake2b, ["786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce", "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", "62861dc94c885d19c401e013f5fb80c0ee80024e80fdf303c4caeb3ec42a2ee634a7326dfe8fc899ce8d5fe10f4c7f2641251d10dc4c3d48736e79961a622033"]),
        (Algorithm::Blake2s, ["69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9", "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982", "122ab99f2e427a103472c06ee15ae039eb81c5bbe9ba048925604ac52f65fb8e"]),
    ];
    for (alg, expected) in cases {
        for (input, want) in inputs().iter().zip(expected) {
            let mut h = Hasher::new(*alg);
            for piece in input.chunks(77) {
                h.update(piece);
            }
            assert_eq!(hex(&h.digest(0)), *want, "{alg:?} {}", input.len());
            let mut whole = Hasher::new(*alg);
            whole.update(input);
            assert_eq!(hex(&whole.digest(0)), *want, "{alg:?}");
        }
    }
}

#[test]
fn shakes_squeeze_any_length() {
    let mut h = Hasher::new(Algorithm::Shake128);
    h.update(&inputs()[2]);
    assert_eq!(hex(&h.digest(300)), "ff79152be5930f6c5519e5c0d41c8db5d6ecdd3584467983000ec35815375e69317c3a216d98b64aa794987a8ad8a25f69eda21c0294bb0a2c9f44f3a138637240defba404544b456233db64035ea97df079a7cf2495ac660e01db64408f8d1ecae32deb3720e6138959ce9dc3626e6c68073af985361d66d23709eee90c9e073ba08dc5d6f10c2d0e23c7df32bc827b2e8f4d2b671da98e9cce9f56a021abc5b9e08c67a2113f6b2fe9718b8179efc54b36db9fa915bb26a5e7cfe155f4af84871c388ede6fc42ee6a63098727c9fdd5aaa3fecc485fa7a3dd6ea385232cc5acebc167b791f238233ca755e5da1a19b26d748b37621d04e9943b7160676a72face5558aeb6864bd57ec681a9734226ec41ea4d11345f0772229f412db5557f781efcad99f27757d3ca7983a");
    let mut h = Hasher::new(Algorithm::Shake256);
    h.update(b"abc");
    assert_eq!(hex(&h.digest(50)), "483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739d5a15bef186a5386c75744c0527e1faa9f87");
}

#[test]
fn blake2_parameters_match_cpython() {
    let p = |digest_size, key: &[u8]| Blake2Params {
        digest_size,
        key: key.to_vec(),
        salt: b"s".to_vec(),
        person: b"p".to_vec(),
        fanout: 2,
        depth: 3,
        leaf_size: 5,
        node_offset: 7,
        node_depth: 1,
        inner_size: 9,
        last_node: true,
    };
    let mut b = Blake2b::new(&p(20, b"k"));
    b.update(b"abc");
    assert_eq!(hex(&b.finish()), "d02b491a9e90e32262b86a3bafa065930612b064");
    let mut s = Blake2s::new(&p(20, b"k"));
    s.update(b"abc");
    assert_eq!(hex(&s.finish()), "1a958e5481d68892bd68f785b51b9e6b0c90a328");
    let mut b = Blake2b::new(&Blake2Params { key: vec![b'k'; 64], ..Blake2Params::defaults(64) });
    b.update(&b"abc".repeat(100));
    assert_eq!(hex(&b.finish()), "4af6d996df34ebf4ec700c7e0f961122b650c31d45a000c27abc335b71c73b63448455eeed82dc3e4d6201e36e065c6d9961715ae92c72461c612a1449341f26");
    let s = Blake2s::new(&Blake2Params { key: vec![b'k'; 32], ..Blake2Params::defaults(32) });
    assert_eq!(
        hex(&s.finish()),
        "691a5053b0c4a173777ac6177e88fd30bf1f1a44ec0bdf248833284b3d260656"
    );
}

#[test]
fn hmac_and_pbkdf2_match_cpython() {
    let prf = Hmac::new(Algorithm::Sha256, b"pw").expect("fixed digest");
    assert_eq!(hex(&pbkdf2_hmac(&prf, b"salt", 1000, 70)), "0a38253555ce37f5c72a6b703f996814ebf241f203af146e93dcdeb031c5567ec29320cc0c67d70338b6af05c100195b9c2aeee7f4e1c46e538d41e8fe5002c1353353355d81");
    let prf = Hmac::new(Algorithm::Sha1, &[b'k'; 100]).expect("fixed digest");
    assert_eq!(hex(&pbkdf2_hmac(&prf, b"salt", 3, 20)), "26c5aad6369b5bf0f63761a693d30e4f3654fe13");
    let mac = Hmac::new(Algorithm::Sha3_256, &b"key".repeat(50)).expect("fixed digest");
    assert_eq!(
        hex(&mac.mac(b"msg")),
        "c9a59c246daf75156b8b5a8249ecc2c19f1fed82da88ae7c6a3f34a44ee33983"
    );
    assert!(Hmac::new(Algorithm::Shake128, b"k").is_none());
}

#[test]
fn names_are_python_names_exactly_or_openssl_names_in_any_case() {
    assert_eq!(Algorithm::from_name("sha3_256"), Some(Algorithm::Sha3_256));
    assert_eq!(Algorithm::from_name("Sha3_256"), None);
    assert_eq!(Algorithm::from_name("SHA3-256"), Some(Algorithm::Sha3_256));
    assert_eq!(Algorithm::from_name("blake2b"), Some(Algorithm::Blake2b));
    assert_eq!(Algorithm::from_name("BLAKE2B"), None);
    assert_eq!(Algorithm::from_name("BLAKE2B512"), Some(Algorithm::Blake2b));
    assert_eq!(Algorithm::from_name("sha-512/256"), Some(Algorithm::Sha512_256));
    assert_eq!(Algorithm::from_name("sha_256"), None);
}
