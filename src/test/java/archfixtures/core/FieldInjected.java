package archfixtures.core;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Autowired;

/** Breaks "no field injection" and "servlet types only in web packages". */
public class FieldInjected {

    @Autowired
    private Object collaborator;

    public String path(HttpServletRequest request) {
        return request.getRequestURI() + collaborator;
    }
}
