// Links the whole of regpoint_exchange (every object, every library it names) so that
// check-exchange-links.sh sees all it would drag into the intake server.
int main()
{
    return 0;
}
