# Format specs: alignment, width, precision, thousands, hex, zero padding.
v = 3.14159
n = 1234567
print(f"[{'hi':>10}][{'hi':<6}][{'hi':^8}][{'hi':*^8}]")
print(f"{v:.2f} {v:08.3f} {v:.0f} {-v:+.1f} {v:10.4f}|")
print(f"{n:,} {n:_} {255:x} {255:X} {255:#x} {255:08b} {7:03d}")
print(f"{0.25:.1%} {1e6:.2e} {12:>5} {-12:<5}|")
print(f"{'abc':.2} {42:+} {42: }")
