// Reads the value of a failed Result the way argv[1] says, for tst_result: it must stop right there.

#include "foundation/result.h"

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    Result<QString> failed = Error::invalid(QStringLiteral("the sentence nobody read"));
    const Result<QString> &constFailed = failed;
    const char *how = argc > 1 ? argv[1] : "";
    qsizetype size = -1;
    if (std::strcmp(how, "value") == 0)
        size = failed.value().size();
    else if (std::strcmp(how, "const-value") == 0)
        size = constFailed.value().size();
    else if (std::strcmp(how, "arrow") == 0)
        size = constFailed->size();
    else if (std::strcmp(how, "star") == 0)
        size = (*constFailed).size();
    else if (std::strcmp(how, "ok") == 0)
        size = Result<QString>(QStringLiteral("four")).value().size();
    std::printf("carried on with size %lld\n", static_cast<long long>(size));
    return 0;
}
