# from .. import name and from ..sibling import name climb one package per extra dot.
import outer.inner.deep as deep
print(deep.report())
