#pragma once

#include <atomic>

/** Lets another thread cancel a running query: its backend's pid, and a flag for "before it started". */
struct QueryCancel
{
    std::atomic<int> backendPid{0};
    std::atomic<bool> cancelled{false};
};
