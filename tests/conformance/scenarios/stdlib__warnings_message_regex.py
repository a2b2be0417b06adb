# filterwarnings(message=...) is a regular expression matched at the start of the text,
# ignoring case; the first filter that matches decides. append=True adds a filter last.
import warnings

warnings.filterwarnings("ignore", message="deprecated")
warnings.filterwarnings("ignore", message=r".*\bold api\b")
warnings.filterwarnings("error", message="fatal: [0-9]+$")
warnings.filterwarnings("always", message="(spam|eggs)+ ?x", append=True)

warnings.warn("Deprecated: use g() instead")  # ignored, case does not matter
warnings.warn("this is deprecated")  # shown: the match is at the start only
warnings.warn("call to OLD API detected")  # ignored
warnings.warn("the old apiary")  # shown: \b needs a word end
try:
    warnings.warn("fatal: 404")
except UserWarning as e:
    print("error:", e)
warnings.warn("fatal: 404 again")  # does not end with digits: shown
for _ in range(2):
    warnings.warn("spamEGGS x")  # always
print(len(warnings.filters), warnings.filters[0][1], warnings.filters[-1][1])
print(warnings.filters[0][3], warnings.filters[0][4])
