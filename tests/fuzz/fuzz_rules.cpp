// libFuzzer target: FuzzEntries::ruleFile (tests/fuzz/README.md).
#include "FuzzEntries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    omnidesk::fuzz::FuzzEntries::ruleFile(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
