// Runs a fuzz target over saved inputs without libFuzzer, so the regular build
// (gcc, and the asan preset) replays the committed corpus, crash regressions
// included, as ctest tests. Arguments: files and folders (read recursively).
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char *argv[])
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QFile::decodeName(argv[i]);
        if (!QFileInfo(arg).isDir()) {
            files << arg;
            continue;
        }
        QStringList inDir;
        QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            inDir << it.next();
        inDir.sort();
        files << inDir;
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE|DIR...: no inputs given or found\n", argv[0]);
        return 64;
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s: %s\n", qUtf8Printable(path),
                         qUtf8Printable(file.errorString()));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        std::fprintf(stderr, "%s\n", qUtf8Printable(path)); // names the input if it crashes
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                               std::size_t(bytes.size()));
    }
    std::printf("%lld inputs ran clean\n", static_cast<long long>(files.size()));
    return 0;
}
