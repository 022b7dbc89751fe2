# A plain module has no submodules.
import single.child
