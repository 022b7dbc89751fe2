# A module's "if __name__ == '__main__'" block does not run on import; the script's own does.
import script_like
print("main:", __name__)
if __name__ == "__main__":
    print("guard ran in", __name__, "and", script_like.who())
