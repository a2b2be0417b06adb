# http.HTTPStatus is an IntEnum of status codes with a phrase and a description, and
# http.HTTPMethod (new in 3.11) a StrEnum of request methods. Notice the reprs, that members
# compare equal to plain ints/strs, and the ValueError for an unknown code.
import http
from http import HTTPStatus, HTTPMethod

ok = HTTPStatus.OK
print(ok, repr(ok), int(ok), ok.value, ok.name, ok.phrase, ok.description)
print(HTTPStatus(404), repr(HTTPStatus(404).phrase), HTTPStatus["IM_A_TEAPOT"].phrase)
print(ok == 200, ok + 1, isinstance(ok, int), f"{ok}", f"{ok:>5}", str(ok))
print(HTTPStatus.NO_CONTENT.description, repr(HTTPStatus.PROCESSING.description))
print(len(HTTPStatus), [s.value for s in HTTPStatus][:6], list(HTTPStatus)[-1])
print(sorted({HTTPStatus.NOT_FOUND: 1, 500: 2}.items()))
print([s.name for s in HTTPStatus if 300 <= s < 304])
try:
    HTTPStatus(299)
except ValueError as e:
    print("ValueError:", e)
print(hasattr(ok, "is_success"), http.__all__)
get = HTTPMethod.GET
print(get, repr(get), get == "GET", get.value, get.description)
print(HTTPMethod("PATCH"), [m.value for m in HTTPMethod])
print(f"{HTTPMethod.POST}", HTTPMethod.POST.upper(), type(HTTPMethod.POST).__mro__[1:3])
try:
    HTTPMethod("get")
except ValueError as e:
    print("ValueError:", e)
