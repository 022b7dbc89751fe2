import os
import os.path
import os.path as osp, sys as system
from . import sibling
from .. import parent as p
from ...pkg.mod import (a, b as c,)
from .mod import name
from module import *
from module import x, y as z
from __future__ import annotations
