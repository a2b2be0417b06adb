# A syntax error is found before anything runs: the whole file is compiled first.
# Notice that not even the first print runs, and the error names the missing colon.
print("this line never runs")


async def main()
    print("hello")
