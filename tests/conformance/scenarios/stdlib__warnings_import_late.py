# Importing warnings late changes nothing for warnings already shown: a "never awaited"
# warning from the same line stays silent until the filters change, which clears every
# module's registry of shown warnings.
async def job():
    pass


def drop():
    job()


drop()
import warnings  # noqa: E402

drop()
print("filters changed")
warnings.simplefilter("default")
drop()
drop()
