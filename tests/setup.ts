// Every test runs with the French UI's time zone, whatever the machine says.
process.env.TZ = 'Europe/Paris';
