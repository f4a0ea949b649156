{
  "targets": [
    {
      "target_name": "journal_map",
      "sources": ["journal_map.c"],
      "cflags": ["-O2", "-Wall", "-Wextra", "-pthread"],
      "ldflags": ["-pthread"]
    }
  ]
}
