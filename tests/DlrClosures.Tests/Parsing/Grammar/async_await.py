async def f(x):
    await x
    y = await g(1) ** 2
    async for a in b:
        pass
    else:
        pass
    async with c as d, e:
        pass
    return [i async for i in aiter() if await i]

@decorator
async def g():
    return await h()

class C:
    async def method(self):
        await self.other()
