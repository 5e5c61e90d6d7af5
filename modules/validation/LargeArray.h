#pragma once

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <span>

namespace vv::validation {

/// Asks the kernel to back [data, data + bytes) with transparent huge pages where it can: ten million scores
/// then cost a few dozen page faults instead of twenty thousand. Harmless where not supported.
void adviseHugePages(const void *data, std::size_t bytes);

/// Uninitialised storage for n values, 2 MiB aligned and advised for huge pages: scratch space for sorting and
/// per-row working values, where zeroing first would be a wasted pass over memory.
template <class T>
class LargeArray {
public:
    LargeArray() = default;
    explicit LargeArray(std::size_t n) : m_size(n)
    {
        if (n == 0)
            return;
        constexpr std::size_t align = std::size_t(2) << 20;
        const std::size_t bytes = (n * sizeof(T) + align - 1) / align * align;
        m_data.reset(static_cast<T *>(std::aligned_alloc(align, bytes)));
        if (!m_data)
            throw std::bad_alloc();
        adviseHugePages(m_data.get(), bytes);
    }
    T *data() { return m_data.get(); }
    const T *data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }
    T &operator[](std::size_t i) { return m_data.get()[i]; }
    std::span<T> span() { return {m_data.get(), m_size}; }
    std::span<const T> span() const { return {m_data.get(), m_size}; }

private:
    struct Free {
        void operator()(T *p) const { std::free(p); }
    };
    std::unique_ptr<T, Free> m_data;
    std::size_t m_size = 0;
};

} // namespace vv::validation
