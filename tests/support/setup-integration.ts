// bcrypt's cost is configuration; tests lower it so hashing thousands of PINs stays fast.
process.env.HEARTH_BCRYPT_COST = "4";
process.env.TZ ??= "UTC";
