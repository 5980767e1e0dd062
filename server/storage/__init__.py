"""The database: Tortoise's connection and migrations (`db`), the models, a session's file
history rebuilt from its changes (`workspace`), and packs stored as assessments (`packs`)."""
