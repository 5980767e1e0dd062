// quiz.cpp: a console quiz. Asks how many questions to add, reads each question and
// its answer, then runs the quiz and prints the score.
#include <iostream>
#include <limits>
#include <string>
#include <vector>

struct Card {
    std::string question;
    std::string answer;
};

static std::string lower(std::string s) {
    for (char &c : s) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
}

static std::string trim(const std::string &s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    const auto last = s.find_last_not_of(" \t");
    return s.substr(first, last - first + 1);
}

class Quiz {
public:
    void add(Card c) { cards_.push_back(std::move(c)); }

    int run(std::istream &in, std::ostream &out) const {
        int score = 0;
        for (const Card &c : cards_) {
            out << c.question << "\n> ";
            std::string reply;
            if (!std::getline(in, reply)) break;
            if (lower(trim(reply)) == lower(c.answer)) {
                ++score;
                out << "right\n";
            } else {
                out << "no: " << c.answer << "\n";
            }
        }
        return score;
    }

    std::size_t size() const { return cards_.size(); }

private:
    std::vector<Card> cards_;
};

int main() {
    Quiz quiz;
    int count = 0;
    std::cout << "How many questions? ";
    if (!(std::cin >> count) || count <= 0) {
        std::cerr << "need a positive number\n";
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        Card card;
        std::cout << "Question " << (i + 1) << ": ";
        std::getline(std::cin, card.question);
        std::cout << "Answer: ";
        std::getline(std::cin, card.answer);
        quiz.add(card);
    }
    const int score = quiz.run(std::cin, std::cout);
    std::cout << "Score: " << score << "/" << quiz.size() << "\n";
    return 0;
}
