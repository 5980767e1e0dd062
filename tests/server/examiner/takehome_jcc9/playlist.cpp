// Reads a playlist export (one "artist<TAB>title<TAB>seconds" line per track) and prints
// its length, the number of distinct artists, and the longest track.
#include <algorithm>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

struct Track {
    std::string artist;
    std::string title;
    int seconds = 0;
};

static bool parse_track(const std::string& line, Track& out) {
    std::istringstream fields(line);
    std::string secs;
    if (!std::getline(fields, out.artist, '\t') || !std::getline(fields, out.title, '\t') ||
        !std::getline(fields, secs)) {
        return false;
    }
    try {
        out.seconds = std::stoi(secs);
    } catch (const std::exception&) {
        return false;
    }
    return out.seconds >= 0;
}

static std::vector<Track> read_tracks(std::istream& in) {
    std::vector<Track> tracks;
    std::string line;
    int lineno = 0;
    while (std::getline(in, line)) {
        ++lineno;
        if (line.empty()) {
            continue;
        }
        Track t;
        if (parse_track(line, t)) {
            tracks.push_back(t);
        } else {
            std::cerr << "line " << lineno << ": skipped\n";
        }
    }
    return tracks;
}

static std::size_t distinct_artists(const std::vector<Track>& tracks) {
    std::vector<std::string> names;
    names.reserve(tracks.size());
    for (const Track& t : tracks) {
        names.push_back(t.artist);
    }
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names.size();
}

static long total_seconds(const std::vector<Track>& tracks) {
    long total = 0;
    for (const Track& t : tracks) {
        total += t.seconds;
    }
    return total;
}

int main() {
    std::vector<Track> tracks = read_tracks(std::cin);
    if (tracks.empty()) {
        std::cout << "empty playlist\n";
        return 0;
    }
    long total = total_seconds(tracks);
    auto longest = std::max_element(tracks.begin(), tracks.end(),
                                    [](const Track& a, const Track& b) { return a.seconds < b.seconds; });
    std::cout << tracks.size() << " tracks, " << total / 60 << " min " << total % 60 << " s\n";
    std::cout << distinct_artists(tracks) << " artists\n";
    std::cout << "longest: " << longest->artist << " - " << longest->title << "\n";
    return 0;
}
