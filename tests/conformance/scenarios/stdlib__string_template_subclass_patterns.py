# string.Template: subclasses overriding idpattern, braceidpattern, delimiter, flags or
# pattern; Template.pattern/flags; get_identifiers/is_valid; errors for invalid placeholders
# and unrecognised groups.
from string import Template
print(Template("$a $ ${b} $$ ${c").get_identifiers(), Template("$a $").is_valid())
print(Template("$who likes ${what} $$5").substitute(who="tim", what="kung pao"))
print(Template("$who $x ${y} $").safe_substitute(who=1))
try: Template("a\n  $ b").substitute()
except ValueError as e: print(e)
try: Template("$who").substitute({})
except KeyError as e: print("KeyError", e)
class T1(Template):
    idpattern = r"[a-z]+_[a-z]+"
print(T1("$foo_bar and $x").safe_substitute(foo_bar=1, x=2), T1("$foo_bar and $x").is_valid())
class T2(Template):
    pattern = r"\{\{(?:(?P<escaped>\{\{)|(?P<named>\w+)\}\}|(?P<braced>\w+)\}\}|(?P<invalid>))"
print(T2("Hi {{name}}! {{{{ {{").safe_substitute(name="Z"), T2("{{a}} {{b}}").get_identifiers())
try: T2("Hi {{name}} {{").substitute(name="Z")
except ValueError as e: print(e)
print(hasattr(Template, "pattern"), Template.flags, Template.pattern.pattern == T1.pattern.pattern, type(Template.pattern).__name__)
print(repr(Template.pattern.pattern))
class Pct(Template):
    delimiter = "%"
    flags = 0
print(Pct("%A %a %{b} %%").safe_substitute(a=1, b=2), Pct.pattern.flags)
class Brace(Template):
    braceidpattern = r"[^}]+"
print(Brace("${a b} $c").substitute({"a b": 1, "c": 2}))
class Bad(Template):
    pattern = r"(?P<named>x)|(?P<braced>q)|(?P<escaped>w)|(?P<invalid>v)|(?P<other>y)"
for f in (lambda: Bad("xy").substitute(x=1), lambda: Bad("y").is_valid(), lambda: Bad("y").get_identifiers()):
    try: print(f())
    except ValueError as e: print(e.args[0], e.args[1] is Bad.pattern)
class Child(T2): pass
print(Child("$a {{a}}").safe_substitute(a=1))
class Plain(Template): pass
print(Plain("$a ${b} $").safe_substitute(a=1), "pattern" in Plain.__dict__, Plain.pattern is Template.pattern)
t = Template("$x"); t.delimiter = "#"; print(t.substitute(x="$$"), Template("$$").substitute())
print(Template("ſ$ſx $Ab").safe_substitute(Ab=3))
class PlainChild(Plain): pass
print(PlainChild("$a $").safe_substitute(a=5), PlainChild.pattern is Template.pattern)
class Late(Template): pass
print(Late("$q").substitute(q=0), Late.pattern is Template.pattern)
