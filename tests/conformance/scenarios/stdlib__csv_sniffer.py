# csv.Sniffer: sniff (quoted fields, per-line character counts, preferred delimiters, the
# delimiters argument, the sniffed dialect class) and has_header.
import csv, io
s = csv.Sniffer()
samples = ["a;b\n1;2\n", "name,age,city\nAnn,31,Oslo\nBob,7,Rome\n", 'x|"a b"|z\n1|"q ""r"""|3\n',
           "h1\th2\n1\t2\n3\t4\n", "'a', 'b', 'c'\n'1', '2', '3'\n", "one two three\n1 2 3\n4 5 6\n",
           "id:val\n1:2.5\n2:1e3\n3:(1+2j)\n", '"only"\n"col"\n', "k=v;w\nk=v;w\n"]
for sample in samples:
    try:
        d = s.sniff(sample)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.lineterminator == "\r\n", d.quoting, d._name)
        print(list(csv.reader(io.StringIO(sample), d)))
        print(s.has_header(sample))
    except csv.Error as e:
        print("Error", e)
print(s.sniff("a,b;c\n1,2;3\n", delimiters=";").delimiter, s.sniff("a:b,c\nd:e,f\n").delimiter)
print(type(s.sniff("a,b\n")).__name__, issubclass(s.sniff("a,b\n"), csv.Dialect), s.preferred)
try: s.sniff("")
except csv.Error as e: print(e)
print(s.has_header("a,b\n1,x\n22,yy\n"), s.has_header("10,20\n1,2\n3,4\n"), s.has_header("ab,cd\nxy,zw\n"))
