# list += takes any iterable and keeps the object; *= repeats it in place
l = [1]
alias = l
l += range(2)
l += "ab"
l += l
l *= 2
print(l, alias is l)
