#include "tests/core/diskfaults.h"

#include <atomic>
#include <cstdio>
#include <dlfcn.h>
#include <mutex>
#include <sys/types.h>
#include <unistd.h>

namespace Cairn::Test::DiskFaults {
namespace {
std::mutex g_mutex;
Fault g_fault;
std::atomic<int> g_failures {0};
std::atomic<bool> g_active {false};

template<typename F> F real(const char *name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

bool under(const QByteArray &path, const QByteArray &folder)
{
    return !folder.isEmpty() && path.startsWith(folder);
}

QByteArray pathOf(int fd)
{
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[4096];
    const ssize_t n = ::readlink(link, target, sizeof target - 1);
    return n > 0 ? QByteArray(target, int(n)) : QByteArray();
}

// Whether this call fails; sets errno when it does.
bool fails(Call call, const QByteArray &path)
{
    if (!g_active.load())
        return false;
    std::lock_guard guard(g_mutex);
    if (g_fault.call != call || !under(path, g_fault.folder))
        return false;
    if (g_fault.after > 0) {
        --g_fault.after;
        return false;
    }
    ++g_failures;
    errno = g_fault.error;
    return true;
}
} // namespace

void inject(const Fault &fault)
{
    std::lock_guard guard(g_mutex);
    g_fault = fault;
    g_failures = 0;
    g_active = fault.call != Call::None;
}

void clear()
{
    inject({});
}

int failures()
{
    return g_failures.load();
}

} // namespace Cairn::Test::DiskFaults

using namespace Cairn::Test::DiskFaults;

extern "C" {
ssize_t write(int fd, const void *buffer, size_t size)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    if (fd > 2 && fails(Call::Write, pathOf(fd)))
        return -1;
    return next(fd, buffer, size);
}

ssize_t pwrite64(int fd, const void *buffer, size_t size, off64_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    if (fails(Call::Write, pathOf(fd)))
        return -1;
    return next(fd, buffer, size, offset);
}

ssize_t pwrite(int fd, const void *buffer, size_t size, off_t offset)
{
    return pwrite64(fd, buffer, size, offset);
}

int fsync(int fd)
{
    static const auto next = real<int (*)(int)>("fsync");
    if (fails(Call::Fsync, pathOf(fd)))
        return -1;
    return next(fd);
}

int fdatasync(int fd)
{
    static const auto next = real<int (*)(int)>("fdatasync");
    if (fails(Call::DataSync, pathOf(fd)))
        return -1;
    return next(fd);
}

int rename(const char *from, const char *to) noexcept
{
    static const auto next = real<int (*)(const char *, const char *)>("rename");
    if (fails(Call::Rename, QByteArray(to)))
        return -1;
    return next(from, to);
}
}
