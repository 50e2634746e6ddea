// libFuzzer target: FuzzEntries::callBody (tests/fuzz/README.md).
#include "FuzzEntries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    omnidesk::fuzz::FuzzEntries::callBody(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
