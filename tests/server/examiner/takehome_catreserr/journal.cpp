#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

// An append-only journal of account movements, one line per entry.
class Journal {
public:
    explicit Journal(const std::string& path) : path_(path), file_(std::fopen(path.c_str(), "a")) {
        if (file_ == nullptr) {
            throw std::runtime_error("cannot open journal " + path);
        }
    }

    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    ~Journal() {
        if (std::fclose(file_) != 0) {
            throw std::runtime_error("cannot close journal " + path_);
        }
    }

    void append(const std::string& account, long cents) {
        if (account.empty()) {
            throw std::invalid_argument("empty account");
        }
        if (std::fprintf(file_, "%s %ld\n", account.c_str(), cents) < 0) {
            throw std::runtime_error("cannot write journal " + path_);
        }
        ++entries_;
    }

    int entries() const { return entries_; }

private:
    std::string path_;
    std::FILE* file_;
    int entries_ = 0;
};

struct Movement {
    std::string account;
    long cents;
};

int record(const std::string& path, const std::vector<Movement>& moves) {
    Journal journal(path);
    for (const auto& m : moves) {
        journal.append(m.account, m.cents);
    }
    return journal.entries();
}

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: journal FILE\n";
        return 2;
    }
    std::vector<Movement> moves{{"alice", 1250}, {"bob", -300}, {"carol", 4999}};
    try {
        std::cout << record(argv[1], moves) << " entries\n";
    } catch (const std::exception& e) {
        std::cerr << "journal: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
