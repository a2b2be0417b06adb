# A dataclass's generated __init__ is annotated like its signature (fields in order, then
# 'return': None): a small dependency-injection container resolves constructor parameters
# with typing.get_type_hints(cls.__init__), as frameworks do.
import asyncio
import inspect
import typing
from dataclasses import InitVar, dataclass, field


@dataclass
class Config:
    url: str = "db://local"
    retries: int = 3


@dataclass
class Repo:
    config: Config
    cache: dict = field(default_factory=dict)


@dataclass
class Service:
    repo: Repo
    name: str = "svc"
    debug: InitVar[bool] = False
    tags: list = field(default_factory=list, kw_only=True)

    def __post_init__(self, debug):
        self.mode = "debug" if debug else "normal"


class Container:
    def __init__(self):
        self.made = {}

    def resolve(self, cls):
        if cls in self.made:
            return self.made[cls]
        hints = typing.get_type_hints(cls.__init__)
        hints.pop("return", None)
        kwargs = {}
        for name, param in inspect.signature(cls).parameters.items():
            if param.default is not inspect.Parameter.empty:
                continue
            kwargs[name] = self.resolve(hints[name])
        self.made[cls] = obj = cls(**kwargs)
        return obj


print(Service.__init__.__annotations__)
print(typing.get_type_hints(Repo.__init__))
print(inspect.signature(Service))


async def main():
    service = Container().resolve(Service)
    await asyncio.sleep(0.1)
    print(service)
    print(service.mode, service.repo.config is Container().resolve(Config))


asyncio.run(main())
