// Weekly leaderboard: reads "name,score,seconds" lines and prints the top entries.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

struct Entry {
    std::string name;
    int score = 0;
    int seconds = 0;
};

// Parses one line; a line that is not three comma-separated fields is skipped.
static bool parse_entry(const std::string& line, Entry& out) {
    std::istringstream in(line);
    std::string score, seconds;
    if (!std::getline(in, out.name, ',') || !std::getline(in, score, ',') ||
        !std::getline(in, seconds)) {
        return false;
    }
    try {
        out.score = std::stoi(score);
        out.seconds = std::stoi(seconds);
    } catch (const std::exception&) {
        return false;
    }
    return !out.name.empty() && out.seconds >= 0;
}

static std::vector<Entry> load(const std::string& path) {
    std::vector<Entry> entries;
    std::ifstream file(path);
    if (!file) {
        std::cerr << "cannot open " << path << "\n";
        return entries;
    }
    std::string line;
    while (std::getline(file, line)) {
        Entry e;
        if (parse_entry(line, e)) {
            entries.push_back(e);
        }
    }
    return entries;
}

// Highest score first; a tie goes to whoever finished faster.
static void rank(std::vector<Entry>& entries) {
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        return a.seconds <= b.seconds;
    });
}

// Names in alphabetical order, for the "everyone who played" footer.
static std::vector<std::string> roster(const std::vector<Entry>& entries) {
    std::vector<std::string> names;
    names.reserve(entries.size());
    for (const auto& e : entries) {
        names.push_back(e.name);
    }
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
        return a < b;
    });
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: leaderboard FILE [TOP]\n";
        return 2;
    }
    std::size_t top = argc > 2 ? static_cast<std::size_t>(std::stoul(argv[2])) : 10;
    std::vector<Entry> entries = load(argv[1]);
    rank(entries);
    for (std::size_t i = 0; i < entries.size() && i < top; ++i) {
        const Entry& e = entries[i];
        std::cout << (i + 1) << ". " << e.name << " " << e.score << " (" << e.seconds << "s)\n";
    }
    std::size_t fast = std::count_if(entries.begin(), entries.end(),
                                     [](const Entry& e) { return e.seconds <= 60; });
    std::cout << fast << " finished within a minute\n";
    for (const auto& name : roster(entries)) {
        std::cout << name << "\n";
    }
    return 0;
}
