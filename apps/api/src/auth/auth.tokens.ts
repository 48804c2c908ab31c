/** The access services of this process (libs/access), shared by the authentication hook, routes and resolvers. */
export const ACCESS_SERVICES = Symbol('ACCESS_SERVICES');
