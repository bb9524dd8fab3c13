"""Files on disk: the project file, its versions and migrations, atomic saving."""
