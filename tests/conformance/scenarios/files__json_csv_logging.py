# Libraries that write files: json.dump/json.load, csv with newline='' (its rows end in
# '\r\n'), and logging to a file with basicConfig(filename=...) and a FileHandler.
import csv, json, logging
with open("config.json", "w") as f:
    json.dump({"name": "loop", "ports": [80, 443]}, f, indent=2)
with open("config.json") as f:
    print(json.load(f))
print(open("config.json").read())

with open("rows.csv", "w", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=["city", "pop"])
    writer.writeheader()
    writer.writerow({"city": "Paris, FR", "pop": 2100000})
print(open("rows.csv", "rb").read())
with open("rows.csv", newline="") as f:
    print([dict(r) for r in csv.DictReader(f)])

logging.basicConfig(filename="app.log", level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(message)s")
logging.getLogger("db").debug("connected")
extra = logging.FileHandler("errors.log", mode="w")
extra.setLevel(logging.ERROR)
logging.getLogger().addHandler(extra)
logging.error("disk %s full", "/tmp")
logging.shutdown()
print(open("app.log").read(), end="")
print(open("errors.log").read(), end="")
