# Reading a missing attribute of a partially initialised module names the cycle.
import left
