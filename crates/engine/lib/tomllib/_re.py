import _loopscope

_loopscope.unsupported("tomllib")
