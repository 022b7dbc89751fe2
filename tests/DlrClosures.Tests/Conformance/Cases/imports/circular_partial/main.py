# a imports b, b imports a: b sees the partially initialised a and uses it later, in a function.
import alpha
print(alpha.beta.use_alpha())
print(alpha.done, alpha.beta.seen_at_import)
