# import a.b.c binds a; every level is imported and set as an attribute of its parent.
import app.models.user
print(app.models.user.User("ann"))
print(app.NAME, app.models.KIND)
print(hasattr(app, "models"), hasattr(app.models, "user"))
