/**
 * Deliberately bad (and a few good) classes that prove the architecture rules bite. Outside {@code cn.jianyi}, so
 * neither component scanning nor Spring Modulith ever sees them.
 */
package archfixtures;
