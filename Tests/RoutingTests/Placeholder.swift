// Temporary placeholder so the package loads; removed when the target gets its first real file.
