#pragma once

#include <QByteArray>

#include <cerrno>

// Disk faults injected into this test process: the program's own writes, syncs and renames, and
// SQLite's (libsqlite3 calls these through the dynamic linker; the test executable exports its
// definitions, which come first). Only files under `folder` are affected.
namespace Cairn::Test::DiskFaults {

// Write: write and pwrite; Fsync: fsync (Cairn's flush); DataSync: fdatasync (SQLite's).
enum class Call { None, Write, Fsync, DataSync, Rename };

struct Fault {
    Call call = Call::None;
    int error = 0; // errno to fail with (ENOSPC, EIO)
    int after = 0; // calls of that kind that succeed first
    QByteArray folder; // absolute path prefix of the files concerned
};

void inject(const Fault &fault);
void clear();
int failures(); // how many calls failed since inject()

} // namespace Cairn::Test::DiskFaults
