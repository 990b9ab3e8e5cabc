#include "core/formats/error.h"
#include "core/formats/file_io.h"
#include "tests/support/fifo_sink.h"
#include "tests/support/input_errors.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace bp {
namespace {

namespace fs = std::filesystem;

class Saving : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_folder =
            fs::temp_directory_path() /
            ("bp-saving-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
             "-" + std::to_string(::getpid()));
        fs::remove_all(m_folder);
        fs::create_directories(m_folder);
    }
    void TearDown() override { fs::remove_all(m_folder); }

    std::string path(const std::string &name) const { return (m_folder / name).string(); }
    static void put(const std::string &file, const std::string &text) { std::ofstream(file) << text; }
    static std::string contents(const std::string &file) { return readTextFile(file, 1 << 20); }
    int fileCount() const
    {
        int files = 0;
        for ([[maybe_unused]] const auto &entry : fs::directory_iterator(m_folder))
            ++files;
        return files;
    }

    fs::path m_folder;
};

// A link planted under the name the temporary file used to have must not redirect the save.
TEST_F(Saving, ALinkPlantedUnderTheTemporaryNameIsNotWrittenThrough)
{
    const std::string victim = path("victim.txt");
    put(victim, "precious");
    const std::string target = path("model.json");
    fs::create_symlink(victim, target + ".saving-" + std::to_string(::getpid()));
    writeFileAtomically(target, "{}");
    EXPECT_EQ(contents(victim), "precious");
    EXPECT_EQ(contents(target), "{}");
}

TEST_F(Saving, TemporariesOfAProcessThatIsGoneAreRemovedAndOthersKept)
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ASSERT_GT(child, 0);
    ::waitpid(child, nullptr, 0); // the child is gone: its pid names no process now
    const std::string target = path("run.json");
    const std::string stale = target + ".saving-" + std::to_string(child) + "-Ab12Cd";
    const std::string staleOldStyle = target + ".saving-" + std::to_string(child);
    const std::string live = target + ".saving-" + std::to_string(::getppid()) + "-Zz99Yy";
    const std::string other = path("other.json.saving-" + std::to_string(child));
    for (const std::string &file : {stale, staleOldStyle, live, other})
        put(file, std::string(1000, 'x'));
    writeFileAtomically(target, "{}");
    EXPECT_FALSE(fs::exists(stale));
    EXPECT_FALSE(fs::exists(staleOldStyle));
    EXPECT_TRUE(fs::exists(live)) << "a save in progress elsewhere keeps its temporary";
    EXPECT_TRUE(fs::exists(other)) << "another file's temporaries are not ours to judge";
    EXPECT_EQ(contents(target), "{}");
}

TEST_F(Saving, KeepsTheTargetsPermissions)
{
    const std::string target = path("secret.json");
    put(target, "old");
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
    writeFileAtomically(target, "new");
    EXPECT_EQ(contents(target), "new");
    EXPECT_EQ(fs::status(target).permissions(), fs::perms::owner_read | fs::perms::owner_write);
}

// A file in a course folder, owned by a colleague's account and group: saving it (as root, who may)
// keeps both, and the group-writable mode with them. Without the right to change owners the test
// has nothing to check.
TEST_F(Saving, KeepsTheTargetsOwnerAndGroupWhereItMay)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "only root may give a file to another owner";
    const std::string target = path("shared.json");
    put(target, "old");
    ASSERT_EQ(::chown(target.c_str(), 4321, 8765), 0);
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                fs::perms::group_write);
    writeFileAtomically(target, "new");
    struct stat after {};
    ASSERT_EQ(::stat(target.c_str(), &after), 0);
    EXPECT_EQ(contents(target), "new");
    EXPECT_EQ(after.st_uid, 4321u);
    EXPECT_EQ(after.st_gid, 8765u);
    EXPECT_EQ(after.st_mode & 07777, 0660u);
}

TEST_F(Saving, ANewFileGetsTheUmasksPermissions)
{
    const mode_t mask = ::umask(027);
    writeFileAtomically(path("new.json"), "new");
    ::umask(mask);
    EXPECT_EQ(fs::status(path("new.json")).permissions(),
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST_F(Saving, WritesThroughASymbolicLinkToItsTarget)
{
    fs::create_directories(m_folder / "real");
    const std::string real = path("real/model.json");
    put(real, "old");
    const std::string link = path("link.json");
    fs::create_symlink("real/model.json", link); // relative, as links usually are
    writeFileAtomically(link, "new");
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(contents(real), "new");
    // A dangling link: the save creates the file it points to.
    const std::string dangling = path("dangling.json");
    fs::create_symlink("real/later.json", dangling);
    writeFileAtomically(dangling, "later");
    EXPECT_TRUE(fs::is_symlink(dangling));
    EXPECT_EQ(contents(path("real/later.json")), "later");
    int inReal = 0;
    for ([[maybe_unused]] const auto &entry : fs::directory_iterator(m_folder / "real"))
        ++inReal;
    EXPECT_EQ(inReal, 2) << "no temporary left beside the real target";
}

TEST_F(Saving, ASymbolicLinkLoopIsNamedAsOne)
{
    const std::string a = path("a.json");
    const std::string b = path("b.json");
    fs::create_symlink(b, a);
    fs::create_symlink(a, b);
    const std::string writing = test::messageOf([&] { writeFileAtomically(a, "{}"); });
    EXPECT_NE(writing.find("symbolic link"), std::string::npos) << writing;
    const std::string reading = test::messageOf([&] { readTextFile(a, 1000); });
    EXPECT_EQ(reading, a + ": a symbolic link that leads back to itself (too many levels of links)");
}

// A pipe (or a device such as /dev/null, which this test leaves alone: a save that replaced it by
// rename, as root, would break the machine) cannot be replaced: it is written directly.
TEST_F(Saving, APipeIsWrittenDirectly)
{
    test::FifoSink pipe(path("pipe"));
    ASSERT_TRUE(pipe.isOpen());
    writeFileAtomically(pipe.path(), "through the pipe\n");
    pipe.stop();
    EXPECT_TRUE(fs::is_fifo(pipe.path()));
    EXPECT_EQ(pipe.head(), "through the pipe\n");
    EXPECT_EQ(fileCount(), 1) << "no temporary beside it";
}

TEST_F(Saving, AnAbandonedStreamedSaveLeavesNothingBehind)
{
    const std::string target = path("history.csv");
    put(target, "old");
    {
        AtomicFile file(target);
        file.write("epoch,loss\n");
        EXPECT_EQ(fileCount(), 2);
    }
    EXPECT_EQ(fileCount(), 1);
    EXPECT_EQ(contents(target), "old");
    AtomicFile file(target);
    file.write("epoch,");
    file.write("loss\n");
    file.commit();
    EXPECT_EQ(contents(target), "epoch,loss\n");
}

TEST_F(Saving, FilesThatReportNoSizeAreReadToTheirEnd)
{
    // /proc's files say 0 bytes and hold text.
    const std::string status = readTextFile("/proc/self/status", 1 << 20);
    EXPECT_NE(status.find("VmHWM"), std::string::npos);
    const std::string capped = test::messageOf([] { readTextFile("/proc/self/status", 10); });
    EXPECT_NE(capped.find("more than 10 bytes"), std::string::npos) << capped;
}

} // namespace
} // namespace bp
