# import a.b as c binds c to the submodule itself, not to the package.
import lib.text as text
import lib
print(text.shout("hi"), text.__name__)
print(lib.text is text)
