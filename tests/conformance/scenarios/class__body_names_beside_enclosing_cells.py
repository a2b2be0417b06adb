# A class body inside a function can bind a name its methods also use from the function.
# The body's binding goes into the class (reads before it fall back to globals, not the
# function), while the methods still close over the function's variable.
y = "global y"
def outer():
    y = "enclosing"
    class Inner:
        before = y
        y = "class attr"
        after = y
        def m(self):
            return y
        def k(self):
            nonlocal y
            y = "changed by k"
        vals = [y for _ in range(2)]
    i = Inner()
    print(Inner.before, Inner.after, i.m(), Inner.y, Inner.vals)
    i.k()
    print(y, i.m(), Inner.y)
    print(Inner.m.__code__.co_freevars, sorted(Inner.__dict__)[:3])
outer()

def outer2():
    z = 1
    class A:
        z = 2
        class B:
            w = z
            def f(self): return z
        def g(self): return z
    print(A.z, A.B.w, A.B().f(), A().g())
outer2()

def outer3(tag):
    class C:
        def tag(self): return "method"
        def use(self): return tag
        t = tag
    c = C()
    print(c.tag(), c.use(), C.t.__name__)
outer3("param")

def outer4():
    x = 10
    class D:
        x = x + 1 if False else 5
        def get(self): return x
        @staticmethod
        def lam(): return (lambda: x)()
    print(D.x, D().get(), D.lam())
    x = 11
    print(D().get(), D.lam())
outer4()
