import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A gym member: name, date of birth and the classes booked. Members under 18 cannot book
 * the weights class.
 */
public class Member {

    private final String name;
    private LocalDate birthDate;
    private final List<String> bookings = new ArrayList<>();

    public Member(String name, LocalDate birthDate) {
        this.name = Objects.requireNonNull(name, "name");
        this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
    }

    public String getName() {
        return name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** Corrects a date of birth entered wrongly at sign-up. */
    public void setBirthDate(LocalDate birthDate) {
        Objects.requireNonNull(birthDate, "birthDate");
        birthDate = birthDate;
    }

    public int ageOn(LocalDate day) {
        int age = day.getYear() - birthDate.getYear();
        if (day.getDayOfYear() < birthDate.getDayOfYear()) {
            age--;
        }
        return age;
    }

    public boolean book(String gymClass, LocalDate day) {
        if (gymClass.equals("weights") && ageOn(day) < 18) {
            return false;
        }
        if (bookings.contains(gymClass)) {
            return false;
        }
        bookings.add(gymClass);
        return true;
    }

    public List<String> getBookings() {
        return Collections.unmodifiableList(bookings);
    }

    @Override
    public String toString() {
        return name + " (" + birthDate + ") " + bookings;
    }
}
