// Unit tests never touch a database or the network.
process.env.TZ ??= "UTC";
