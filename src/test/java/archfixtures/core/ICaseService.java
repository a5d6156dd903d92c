package archfixtures.core;

/** Breaks "no I*Service". */
public interface ICaseService {
}
