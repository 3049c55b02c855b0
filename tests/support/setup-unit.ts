// Unit tests never touch a database or the network. bcrypt's cost is configuration; tests lower it.
process.env.HEARTH_BCRYPT_COST = "4";
process.env.TZ ??= "UTC";
