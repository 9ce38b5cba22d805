print("basic")
print("more")
print("end")
