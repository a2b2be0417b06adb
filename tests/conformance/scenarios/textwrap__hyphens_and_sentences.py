# How wrap() cuts words: after the hyphen of a hyphenated word (two letters before it),
# around an em-dash written as "--", and inside a word longer than the width.
# fix_sentence_endings puts two spaces after a sentence. Notice each chunk boundary.
import textwrap

texts = [
    "well-known self-evident fact: co-operate, re-enter -- and x-ray; a--b",
    "one-two-three-four-five-six-seven-eight-nine-ten",
    "Hello.  World!  Foo?  bar. Mr. Smith went home.",
]
for text in texts:
    for width in (6, 10, 17):
        print(width, textwrap.wrap(text, width))
    print(textwrap.wrap(text, 12, fix_sentence_endings=True, break_on_hyphens=False))
    print(textwrap.wrap(text, 25, max_lines=2, placeholder=" ..."))
