# Int arithmetic nested two operations deep inside an f-string field, a call's argument and a
# display: the compiled engine computes it unboxed, and must do so in any expression position.
def main():
    s, co = 3, 4
    print(f"{s * s + co * co}")
    print(f"check={s * s + co * co:>6}")
    print(str(s * s - co % 3), [s * 2 + co, (s + co) * 2])
    big = 2 ** 62
    print(f"{big * 2 + s}")
main()
