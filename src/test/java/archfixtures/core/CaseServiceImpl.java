package archfixtures.core;

/** Breaks "no *ServiceImpl". */
public class CaseServiceImpl implements ICaseService {
}
